import { routeRequest } from '../../cloudfunctions/domain/requests/routeRequest';
import { context, duty, HEAD, MEDIATOR, member, township, village } from './support/requests';

describe('routing (分类处置、分级处理)', () => {
  it('sends a request to the grid member whose duty covers the category, and says so', () => {
    const decision = routeRequest(context({ members: [HEAD, MEDIATOR] }));
    expect(decision).toEqual({
      level: 'grid',
      node: { id: 'g1', name: '第一网格' },
      handler: { id: 'm-med', name: '周义青', title: '调解员' },
      reason: '按 网格+类别 分派给 周义青（调解员）',
    });
  });

  it('among several who cover it, gives it to the one with the fewest open requests', () => {
    const second = member('m-med2', '郭长林', [duty(['mediation'], '调解员')]);
    const third = member('m-med3', '李春燕', [duty(['mediation'], '调解员')]);
    const decision = routeRequest(
      context({ members: [HEAD, MEDIATOR, second, third], openCounts: { 'm-med': 4, 'm-med2': 1, 'm-med3': 2 } }),
    );
    expect(decision.handler?.id).toBe('m-med2');
    expect(decision.reason).toBe('按 网格+类别 分派给 郭长林（调解员）（3位负责“矛盾调解”的网格员中，郭长林手头未办结的诉求最少：1件）');
    // A tie goes to the first responsible person, then by name: always the same answer.
    const tie = routeRequest(
      context({
        category: { id: 'other', name: '其他' },
        members: [member('a', '乙', [duty(['other'])]), member('b', '甲', [duty(['other'], '网格长', true)])],
      }),
    );
    expect(tie.handler?.id).toBe('b');
  });

  it('counts one person once even with two duties in the grid', () => {
    const double = member('m-li', '李春燕', [duty(['mediation'], '网格长', true), duty(['mediation', 'security'], '治安巡逻员')]);
    const decision = routeRequest(context({ members: [double] }));
    expect(decision.handler).toEqual({ id: 'm-li', name: '李春燕', title: '网格长' });
    expect(decision.reason).toBe('按 网格+类别 分派给 李春燕（网格长）');
  });

  it('ignores duties in other grids', () => {
    const elsewhere = member('m-x', '别处', [duty(['mediation'], '调解员', false, 'g2')]);
    expect(routeRequest(context({ members: [HEAD, elsewhere] })).handler?.id).toBe('m-head');
  });

  it('falls back to the grid’s first responsible person when no duty covers the category', () => {
    const decision = routeRequest(context({ members: [HEAD], category: { id: 'legal', name: '法律服务' } }));
    expect(decision.handler?.id).toBe('m-head');
    expect(decision.reason).toBe('本网格没有专门负责“法律服务”的网格员，分派给网格第一责任人 汪德华（网格长）');
  });

  it('then to the village’s first responsible person', () => {
    const decision = routeRequest(context({ members: [member('m', '只管卫生', [duty(['health'])])] }));
    expect(decision).toEqual({
      level: 'village',
      node: { id: 'v1', name: '湖滨村' },
      handler: { id: 'cad-v', name: '李大毛', title: '村党总支书记' },
      reason: '第一网格暂无可分派的网格员，转交村级第一责任人 李大毛（村党总支书记）',
    });
  });

  it('then to the township’s, skipping a village without one', () => {
    const notFirst = { ...village('副主任', 'cad-v2'), firstResponsible: false };
    const decision = routeRequest(context({ cadres: [notFirst, township()] }));
    expect(decision.level).toBe('township');
    expect(decision.handler?.id).toBe('cad-t');
    expect(decision.reason).toBe('第一网格暂无可分派的网格员，湖滨村也没有第一责任人，转交乡镇第一责任人 黄文斌（乡党委副书记）');
  });

  it('never leaves a request nowhere: the township duty queue when nobody can take it', () => {
    const decision = routeRequest(context({ cadres: [] }));
    expect(decision).toEqual({
      level: 'township',
      node: { id: 't1', name: '凉泉乡' },
      handler: null,
      reason: '第一网格暂无可分派的网格员，湖滨村、凉泉乡也没有第一责任人，进入凉泉乡值班队列，已通知乡镇工作人员',
    });
  });
});
